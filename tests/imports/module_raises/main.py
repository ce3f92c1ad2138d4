import boom
