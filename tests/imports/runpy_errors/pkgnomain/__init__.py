print("pkgnomain init")
