print('bacon/spam.py runs as', __name__)
