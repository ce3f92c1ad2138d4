import selfish
