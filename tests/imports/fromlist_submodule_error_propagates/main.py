from pkg import bad
