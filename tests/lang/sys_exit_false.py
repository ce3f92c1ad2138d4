# SystemExit(None) and sys.exit(False): status 0, nothing on stderr
import sys
print("exiting quietly")
sys.exit(False)
