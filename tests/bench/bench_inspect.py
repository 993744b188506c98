#!/usr/bin/python3
"""Header-reading benchmark: metafill-cli inspect --json against python3-tifffile.

Writes a corpus of TIFF-family files with tifffile itself (OME-TIFF with
instrument and channel metadata, ImageJ hyperstacks, plain TIFF; some of them
padded to several GiB as sparse files, so that a reader that touches pixel data
would show), then, side by side in one run:

  * metafill-cli inspect --json CORPUS  (the real program, all cores)
  * tifffile in one Python process reading each file's OME or ImageJ metadata

and prints files per second for both, the ratio, the bytes metafill read per
file beyond the metadata itself, and metafill's peak memory.

Usage: tests/bench/bench_inspect.py --cli build/release/bin/metafill-cli [--files 5000] [--corpus DIR]
Needs Debian's python3-tifffile and python3-numpy (run with /usr/bin/python3).
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import numpy
import tifffile

GIB = 1 << 30


def write_corpus(folder, count):
    os.makedirs(folder, exist_ok=True)
    marker = os.path.join(folder, f".complete-{count}")
    if os.path.exists(marker):
        return
    rng = numpy.random.default_rng(7)
    for i in range(count):
        kind = i % 5
        if kind in (0, 1):  # OME-TIFF, 2-4 channels, a Z stack
            channels = 2 + i % 3
            data = rng.integers(0, 4095, size=(3, channels, 64, 64), dtype=numpy.uint16)
            metadata = {
                "axes": "ZCYX",
                "PhysicalSizeX": 0.065 + i * 1e-6, "PhysicalSizeXUnit": "µm",
                "PhysicalSizeY": 0.065, "PhysicalSizeYUnit": "µm",
                "PhysicalSizeZ": 0.3, "PhysicalSizeZUnit": "µm",
                "Channel": {"Name": ["DAPI", "GFP", "mCherry", "Cy5"][:channels],
                            "ExcitationWavelength": [405.0, 488.0, 561.0, 640.0][:channels]},
                "Name": f"cell {i}",
            }
            path = os.path.join(folder, f"ome_{i:05d}.ome.tif")
            tifffile.imwrite(path, data, ome=True, photometric="minisblack", metadata=metadata)
        elif kind in (2, 3):  # ImageJ hyperstack
            data = rng.integers(0, 255, size=(2, 3, 2, 48, 48), dtype=numpy.uint8)
            path = os.path.join(folder, f"ij_{i:05d}.tif")
            tifffile.imwrite(path, data, imagej=True, resolution=(1 / 0.108, 1 / 0.108),
                             metadata={"axes": "TZCYX", "spacing": 0.5, "unit": "um", "finterval": 2.0,
                                       "Labels": [f"plane {k}" for k in range(12)],
                                       "Info": f"Objective = Plan-Apochromat 63x/1.40 Oil\nFile = {i}"})
        else:  # plain TIFF
            data = rng.integers(0, 65535, size=(128, 128), dtype=numpy.uint16)
            path = os.path.join(folder, f"plain_{i:05d}.tif")
            tifffile.imwrite(path, data, photometric="minisblack", resolution=(10000, 10000), resolutionunit="CENTIMETER")
        if i % 100 == 0:
            # A large acquisition: pad to 4 GiB. Sparse, so it costs no disk,
            # but a reader that reads beyond the header would pay for it.
            os.truncate(path, 4 * GIB)
    open(marker, "w").close()


def metadata_bytes(page):
    """Bytes of the metadata a header reader must read: the tags' values of IFD0."""
    total = 0
    for tag in page.tags.values():
        if tag.code in (270, 50838, 50839, 34412, 51123):
            total += tag.valuebytecount
    return total


def run_tifffile(files, parse_ome=False):
    """Reads each file's OME or ImageJ metadata the way a Python user would.

    tifffile returns OME metadata as the raw XML text; with parse_ome it is also
    turned into a dictionary (tifffile.xml2dict), which is closer to what
    metafill does with it (a parsed model, written out as JSON)."""
    start = time.perf_counter()
    found = 0
    for path in files:
        with tifffile.TiffFile(path) as tif:
            if tif.is_ome:
                xml = tif.ome_metadata
                if parse_ome:
                    xml = tifffile.xml2dict(xml)
                found += bool(xml)
            elif tif.is_imagej:
                found += bool(tif.imagej_metadata)
            else:
                page = tif.pages[0]
                found += page.shape is not None
    return time.perf_counter() - start, found


def run_metafill(cli, folder, threads=None):
    command = ["/usr/bin/time", "-f", "%M", cli, "inspect", "--json", folder]
    if threads:
        command[6:6] = ["--threads", str(threads)]
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    lines = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines() if line.strip()]
    peak_kib = int(done.stderr.decode().strip().splitlines()[-1])
    return elapsed, lines, peak_kib, done.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--corpus", default=os.path.join(tempfile.gettempdir(), "metafill-bench-tiff"))
    args = parser.parse_args()

    t0 = time.perf_counter()
    write_corpus(args.corpus, args.files)
    files = sorted(os.path.join(args.corpus, f) for f in os.listdir(args.corpus) if f.endswith((".tif", ".tiff")))
    print(f"corpus: {len(files)} files in {args.corpus} (written or reused in {time.perf_counter() - t0:.1f} s); "
          f"{sum(1 for f in files if os.path.getsize(f) > GIB)} of them 4 GiB (sparse)")

    # Warm the page cache for both readers alike.
    run_metafill(args.cli, args.corpus)
    run_tifffile(files[:200])

    py_seconds, py_found = run_tifffile(files)
    pyp_seconds, _ = run_tifffile(files, parse_ome=True)
    mf_seconds, results, peak_kib, code = run_metafill(args.cli, args.corpus)
    mf1_seconds, _, peak1_kib, _ = run_metafill(args.cli, args.corpus, threads=1)

    errors = [r for r in results if r["error"]]
    formats = {}
    for r in results:
        formats[r["format"]] = formats.get(r["format"], 0) + 1
    print(f"tifffile {tifffile.__version__} (one Python process): {len(files)} files in {py_seconds:.2f} s = "
          f"{len(files) / py_seconds:,.0f} files/s ({py_found} with metadata)")
    print(f"metafill-cli inspect --json (all cores, includes process start): {len(results)} files in {mf_seconds:.2f} s = "
          f"{len(results) / mf_seconds:,.0f} files/s; peak memory {peak_kib / 1024:.1f} MiB; exit code {code}; "
          f"{len(errors)} errors; formats {formats}")
    print(f"metafill-cli inspect --json --threads 1: {len(results) / mf1_seconds:,.0f} files/s; peak memory {peak1_kib / 1024:.1f} MiB")
    print(f"tifffile with the OME-XML parsed (xml2dict): {len(files) / pyp_seconds:,.0f} files/s")
    print(f"speed-up over tifffile: {py_seconds / mf_seconds:.1f}x (all cores), {py_seconds / mf1_seconds:.1f}x (one thread); "
          f"over tifffile with parsed OME-XML: {pyp_seconds / mf_seconds:.1f}x (all cores)")

    # Bytes read beyond the metadata, per file.
    by_path = {r["path"]: r for r in results}
    excess = []
    big_reads = []
    for path in files:
        with tifffile.TiffFile(path) as tif:
            meta = metadata_bytes(tif.pages[0])
        r = by_path.get(os.path.abspath(path))
        if r is None:
            continue
        excess.append(r["bytes_read"] - meta)
        if os.path.getsize(path) > GIB:
            big_reads.append(r["bytes_read"])
    print(f"bytes read beyond the metadata per file: median {statistics.median(excess):,.0f}, max {max(excess):,} "
          f"(limit 65,536); 4 GiB files: max {max(big_reads):,} bytes read")
    return 0 if not errors and max(excess) <= 65536 else 1


if __name__ == "__main__":
    sys.exit(main())
