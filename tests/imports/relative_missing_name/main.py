import top.inner
