"""Built-in rules, one module per rule, named by its code and name (``rl01_read_also_link``).

Each module registers its rule with ``@register``; the registry imports every module here.
"""
