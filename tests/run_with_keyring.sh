#!/usr/bin/env bash
# usage: run_with_keyring.sh COMMAND [ARGS...]
# Runs COMMAND inside a private D-Bus session with a Secret Service (gnome-keyring) whose
# keyring is new, unlocked and thrown away afterwards, so that the keychain tests work where
# no desktop session is running. The user's own keyrings are never opened.
set -euo pipefail

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "run_with_keyring.sh: dbus-run-session or gnome-keyring-daemon is missing;" \
         "running without a keychain" >&2
    exec "$@"
fi

keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT

# The password only unlocks the throwaway keyring created in $keyrings.
dbus-run-session -- bash -c '
    echo -n casebook-test | XDG_DATA_HOME="$0" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' "$keyrings" "$@"
