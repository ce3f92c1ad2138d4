import sys
sys.exit('package main failed')
