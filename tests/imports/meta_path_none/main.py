import sys
sys.meta_path = None
import nothing_here
