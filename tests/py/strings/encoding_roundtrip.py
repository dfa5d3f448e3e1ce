texts = ["ascii only", "café", "naïve – dash", "日本語テキスト", "emoji 🎉🐍", "mixed ß ø å"]
for t in texts:
    u8 = t.encode("utf-8")
    u16 = t.encode("utf-16-le")
    u32 = t.encode("utf-32-be")
    print(len(t), len(u8), len(u16), len(u32), u8.decode("utf-8") == t, u16.decode("utf-16-le") == t, u32.decode("utf-32-be") == t)
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "café".encode("cp1252"))
print("abc".encode("utf-8").hex(), "é".encode("utf-8").hex(" "), bytes.fromhex("c3a9").decode())
print("€".encode("utf-8"), list("€".encode("utf-8")), "€".encode("utf-16-be"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xe2\x82".decode("utf-8", "ignore") == "")
print("日本".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "namereplace"))
print(b"abc\x80".decode("ascii", "backslashreplace"), b"\xff".decode("latin-1"))
print(str(b"raw bytes"), str("é".encode()), repr("é".encode("utf-16-le")))
print(bytes([0xf0, 0x9f, 0x90, 0x8d]).decode(), len(bytes([0xf0, 0x9f, 0x90, 0x8d]).decode()))
