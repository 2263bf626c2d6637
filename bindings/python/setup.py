"""Builds the _citelib extension with the project's own CMake build, for the interpreter
running pip: `pip install --no-build-isolation ./bindings/python` (no PyPI needed; the C++
dependencies come from scripts/setup.sh)."""
import os
import pathlib
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build = pathlib.Path(self.build_temp).resolve() / "cmake"
        subprocess.run([
            "cmake", "-S", str(ROOT), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
            f"-DPython_EXECUTABLE={sys.executable}", "-DCITELIB_BUILD_PYTHON=ON",
            "-DCITELIB_BUILD_TESTS=OFF", "-DCITELIB_BUILD_BENCH=OFF", "-DCITELIB_BUILD_EXAMPLES=OFF",
            "-DCITELIB_BUILD_CLI=OFF", "-DCITELIB_INSTALL=OFF",
        ], check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "_citelib",
                        "-j", str(os.cpu_count() or 2)], check=True)
        built = next((build / "python" / "citelib").glob("_citelib*.so"))
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(
    packages=["citelib"],
    package_data={"citelib": ["*.pyi", "py.typed"]},
    ext_modules=[Extension("citelib._citelib", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
)
