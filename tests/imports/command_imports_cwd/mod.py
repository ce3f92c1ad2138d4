print("mod from cwd")
