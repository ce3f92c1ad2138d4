from pkg import nothere
