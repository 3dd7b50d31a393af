"""Optional compiled build of the Avro codec's fast path.

The project is configured in ``pyproject.toml``; this file only adds, when asked for, the mypyc
compilation of ``durable_workflow/codec/_avro_fast.py``::

    DURABLE_WORKFLOW_COMPILE=1 pip wheel --no-build-isolation .

(needs mypy and a C compiler in the building environment). Without the variable the package is
pure Python and the same module runs interpreted.
"""

import os

from setuptools import setup

if os.environ.get("DURABLE_WORKFLOW_COMPILE") == "1":
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(["durable_workflow/codec/_avro_fast.py"]))
else:
    setup()
