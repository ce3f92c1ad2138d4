import cfg
cfg.setting = 'patched'
