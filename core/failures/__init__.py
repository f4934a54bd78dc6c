"""One module per failure kind (rule, error matching, texts); `registry` lists them."""
