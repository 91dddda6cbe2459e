"""`python -m tei`: the same command line as `tei`."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="tei")
