#!/usr/bin/env bash
# Builds the Debian package with cpack from the build folder $1, checks what it holds and what
# it depends on, unpacks it into a throwaway root and runs the binary from there.
set -euo pipefail
build=$1
version=$2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/casebook_"$version"_*.deb)
echo "built $(basename "$deb")"

fail() { echo "FAIL: $*" >&2; exit 1; }

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for path in \
    ./usr/bin/casebook \
    ./usr/bin/casebook-sandbox \
    ./usr/share/applications/io.casebook.Casebook.desktop \
    ./usr/share/metainfo/io.casebook.Casebook.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.casebook.Casebook.svg; do
    grep -qx -- "$path" <<<"$contents" || fail "the package lacks $path"
done
# Nothing from the build or the tests comes along.
if grep -E 'tst_|/include/|\.a$|/usr/local/' <<<"$contents"; then
    fail "the package holds files it should not"
fi

info=$(dpkg-deb -I "$deb")
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
for library in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6svg6; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
for field in Maintainer Section Description Version; do
    grep -q "^ $field: " <<<"$info" || fail "the control file lacks $field"
done
grep -q "^ Version: $version" <<<"$info" || fail "the package version is not $version"

dpkg-deb -x "$deb" "$work/root"
printed=$(env -u DISPLAY "$work/root/usr/bin/casebook" --version)
[ "$printed" = "casebook $version" ] || fail "the unpacked casebook printed '$printed'"
env -u DISPLAY "$work/root/usr/bin/casebook" --help >/dev/null || fail "--help failed"
echo "package contents, Depends and the unpacked binary are as expected"
