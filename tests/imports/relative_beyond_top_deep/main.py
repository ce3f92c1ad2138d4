import warn.w
