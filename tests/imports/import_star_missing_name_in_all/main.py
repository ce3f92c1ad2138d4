from mod import *
