print("never printed")
import asyncio

await asyncio.sleep(1)
