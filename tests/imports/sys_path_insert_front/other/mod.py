W = "other dir"
