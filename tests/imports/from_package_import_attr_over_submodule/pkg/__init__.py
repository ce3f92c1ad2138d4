sub = "attribute"
