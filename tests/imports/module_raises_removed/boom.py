print("running boom")
raise ValueError("init boom")
