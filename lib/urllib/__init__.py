"""pygil's urllib package: parse, request, response and error modules."""
