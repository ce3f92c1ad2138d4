W = "main dir"
