#!/usr/bin/env bash
# check-deb-on-clean-debian.sh [BUILD_DIR]
#
# Proves the Debian package on a machine that has never seen a build: builds the
# .deb (cpack -G DEB), makes a clean Debian root with debootstrap, installs the
# package there with apt, so that every dependency comes from Debian, and runs
# as an ordinary user inside it (chroot): metafill-cli --version, template check
# of every installed template, an export of real image headers (including an
# Imaris file, read by the installed metafill-ims-probe), a record validated and
# exported with its values, the offline term index, and the desktop program's --version.
#
# BUILD_DIR defaults to build/deb. A new one is configured as a release build
# (RelWithDebInfo, stripped in the package) with the prefix /usr; an existing
# one is built as it is configured. Environment: METAFILL_DEB=FILE proves that
# package instead of building one; METAFILL_DEBIAN_SUITE (default bookworm),
# METAFILL_DEBIAN_MIRROR (default http://deb.debian.org/debian);
# METAFILL_KEEP_ROOT=1 keeps the root for a look around.
#
# Needs root (debootstrap, mount, chroot), debootstrap and dpkg-dev, and the
# network to the Debian mirror. Takes minutes (most of it debootstrap and apt),
# so it is not part of CI.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath -m "${1:-$source_dir/build/deb}")
suite=${METAFILL_DEBIAN_SUITE:-bookworm}
mirror=${METAFILL_DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then
    echo "check-deb-on-clean-debian.sh: run as root (debootstrap, mount and chroot need it)" >&2
    exit 2
fi
for tool in debootstrap dpkg-shlibdeps cmake; do
    if ! command -v "$tool" >/dev/null; then
        echo "check-deb-on-clean-debian.sh: $tool is missing (Debian: apt-get install debootstrap dpkg-dev cmake)" >&2
        exit 2
    fi
done

started=$SECONDS
step_started=$SECONDS
step() {
    echo
    echo "== [$((SECONDS - started)) s] $*"
    step_started=$SECONDS
}
step_done() {
    echo "   ($((SECONDS - step_started)) s)"
}

# --- The package ----------------------------------------------------------------
if [ -n "${METAFILL_DEB:-}" ]; then
    step "The package $METAFILL_DEB"
    deb=$(realpath "$METAFILL_DEB")
else
    step "Building the package in $build"
    if [ ! -f "$build/CMakeCache.txt" ]; then
        # Debian's compiler and linker flags, with every hardening feature (fortified
        # functions, stack protector, PIE, RELRO and immediate binding), as Debian's
        # own packages are built. CMake takes them from the environment when it first
        # configures, but knows no CPPFLAGS (where _FORTIFY_SOURCE is).
        export DEB_BUILD_MAINT_OPTIONS=hardening=+all
        cppflags=$(cd "$source_dir" && dpkg-buildflags --get CPPFLAGS)
        CFLAGS="$(cd "$source_dir" && dpkg-buildflags --get CFLAGS) $cppflags"
        CXXFLAGS="$(cd "$source_dir" && dpkg-buildflags --get CXXFLAGS) $cppflags"
        LDFLAGS=$(dpkg-buildflags --get LDFLAGS)
        export CFLAGS CXXFLAGS LDFLAGS
        cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_INSTALL_PREFIX=/usr -DMETAFILL_BUILD_TESTS=OFF
    fi
    prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
    if [ "$prefix" != /usr ]; then
        # The programs also look for metafill-ims-probe at the absolute path of the
        # prefix they were built for; a package installs into /usr.
        echo "warning: $build is configured with CMAKE_INSTALL_PREFIX=$prefix, not /usr" >&2
    fi
    cmake --build "$build" -j "$(nproc)"
    rm -f "$build"/metafill_*.deb
    (cd "$build" && cpack -G DEB)
    deb=$(ls "$build"/metafill_*.deb)
fi
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
step_done

# --- A clean Debian -------------------------------------------------------------
root=$(mktemp -d /var/tmp/metafill-clean-debian.XXXXXX)
# The root's "/": mktemp makes it 0700, which would lock out every user but root.
chmod 755 "$root"
cleanup() {
    # Unmount before removing anything: rm must never reach the host's /proc or /dev.
    for mounted in "$root/proc" "$root/dev/pts" "$root/dev"; do
        if mountpoint -q "$mounted"; then umount -l "$mounted"; fi
    done
    if [ "${METAFILL_KEEP_ROOT:-0}" = 1 ]; then
        echo "kept the root: $root"
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

step "debootstrap --variant=minbase $suite into $root from $mirror"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -n 30 "$root.debootstrap.log" >&2; exit 1; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "clean root: $(du -sh --one-file-system "$root" | cut -f1), $(chroot "$root" dpkg-query -W | wc -l) packages"
step_done

in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"
}
# An ordinary user, as on an acquisition PC: nothing may need root after installing.
# (Numeric ids: chroot may look names up in the host's /etc/passwd.)
as_user() {
    chroot --userspec="$user_ids" "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
        HOME=/home/microscopist QT_QPA_PLATFORM=offscreen "$@"
}

step "apt-get install ./$(basename "$deb") (no recommended packages: Depends alone must be enough)"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
before=$(in_root dpkg-query -W | wc -l)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$root/tmp/apt.log" 2>&1 || { tail -n 30 "$root/tmp/apt.log" >&2; exit 1; }
grep -E "^(Get|Unpacking metafill|Setting up metafill)" "$root/tmp/apt.log" | tail -n 3
echo "installed metafill and $(($(in_root dpkg-query -W | wc -l) - before - 1)) packages it depends on"
# shellcheck disable=SC2016 # ${Installed-Size} and $f are expanded by dpkg-query and sh in the root
{
    echo "Installed-Size of metafill: $(in_root dpkg-query -W -f='${Installed-Size}' metafill) KiB"
    echo "disk used by its files: $(in_root sh -c 'dpkg -L metafill | while read -r f; do [ -f "$f" ] && echo "$f"; done |
        xargs du -ck | tail -n 1 | cut -f1') KiB"
    echo "disk used by the whole root: $(du -sk --one-file-system "$root" | cut -f1) KiB"
    missing=$(in_root sh -c 'for f in $(dpkg -L metafill); do [ -f "$f" ] && [ -x "$f" ] && ldd "$f" 2>/dev/null |
        grep "not found" | sed "s|^|$f: |"; done' || true)
}
if [ -n "$missing" ]; then
    echo "libraries not found:" >&2
    echo "$missing" >&2
    exit 1
fi
echo "every program's libraries resolve (ldd)"
in_root useradd --create-home microscopist
user_ids="$(in_root id -u microscopist):$(in_root id -g microscopist)"
step_done

# --- The programs, as the user --------------------------------------------------
step "metafill-cli --version"
as_user metafill-cli --version

step "metafill-cli template check on every installed template"
for template in "$root"/usr/share/metafill/templates/*.yaml; do
    as_user metafill-cli template check "/usr/share/metafill/templates/$(basename "$template")"
done

step "metafill-cli export of real image headers (OME-TIFF, CZI, ND2, Imaris)"
images=/home/microscopist/images
mkdir -p "$root$images"
cp "$source_dir"/tests/data/images/ome-tiff/synthetic.ome.tif "$source_dir"/tests/data/images/czi/minimal.czi \
    "$source_dir"/tests/data/images/nd2/synthetic-v3.nd2 "$source_dir"/tests/data/images/ims/synthetic-2ch.ims "$root$images/"
chroot "$root" chown -R microscopist:microscopist "$images"
as_user metafill-cli export --template org.metafill.rembi \
    --set 'study.title=Fresh install proof' --set 'biosample.organism=Homo sapiens (NCBITaxon:9606)' \
    -o "$images/annotations.tsv" "$images"
echo "--- annotations.tsv: $(wc -l <"$root$images/annotations.tsv") lines; the first two, cut:"
head -n 2 "$root$images/annotations.tsv" | cut -c1-300
grep -q "synthetic-2ch" "$root$images/annotations.tsv" || { echo "the Imaris file is missing from the export" >&2; exit 1; }

step "A small record: metafill-cli validate, and export with it"
cat >"$root$images/study.metafill.json" <<'RECORD'
{
  "metafill_record": 1,
  "template": {"id": "org.metafill.rembi", "version": "1.0.0"},
  "values": {
    "study.title": {"value": "Fresh install proof", "source": "typed"},
    "study.keywords": {"value": ["packaging", "Debian"], "source": "typed"},
    "biosample.organism": {"value": "Homo sapiens (NCBITaxon:9606)", "source": "typed"}
  }
}
RECORD
chroot "$root" chown microscopist:microscopist "$images/study.metafill.json"
# The record holds three of REMBI's required fields: validate lists the others
# and exits with 1; 2 to 4 would mean it could not do its work.
status=0
as_user metafill-cli validate --template org.metafill.rembi "$images/study.metafill.json" >"$root/tmp/validate.out" || status=$?
tail -n 1 "$root/tmp/validate.out"
if [ "$status" -gt 1 ]; then
    echo "metafill-cli validate failed with exit status $status" >&2
    exit 1
fi
as_user metafill-cli export --template org.metafill.rembi --record "$images/study.metafill.json" \
    -o "$images/record.tsv" "$images"
grep -q "Fresh install proof" "$root$images/record.tsv" || { echo "the record's values are not in the export" >&2; exit 1; }
echo "record.tsv: $(($(wc -l <"$root$images/record.tsv") - 1)) image rows with the record's values"

step "metafill-cli terms search --offline confocal (the installed offline index)"
as_user metafill-cli terms search --offline confocal | head -n 3

step "metafill --version (the desktop program starts; offscreen platform plugin)"
as_user metafill --version

step "done: the package installs on a clean Debian $suite and works, in $((SECONDS - started)) s"
