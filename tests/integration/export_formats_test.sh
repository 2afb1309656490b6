#!/usr/bin/env bash
# `casebook export` in every format, against a sandbox serving a generated case of 2,000
# messages with hostile bodies and attachments. Each file is read back by a parser of its
# kind (check_export.py) and compared with the dataset; --force, --attachments, the date range,
# the default file name and standard output are checked too.
#
# usage: export_formats_test.sh CASEBOOK SANDBOX
set -euo pipefail

casebook=$1
sandbox=$2
here=$(cd "$(dirname "$0")" && pwd)
check=$here/check_export.py
case_id=case-123456789012-muen-2026-0e0e0e0e0e0e0e0e
count=2000

if ! command -v pdftotext >/dev/null; then
    echo "SKIP: pdftotext (Debian package poppler-utils) is not installed"
    exit 77
fi

source "$(dirname "$0")/sandbox_lib.sh"

python3 "$check" make "$work/data" "$count"
start_sandbox sandbox --data "$work/data"

export AWS_ACCESS_KEY_ID=AKIDEXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SUPPORT

export_case() {  # export_case FORMAT OUTPUT [ARGS...]
    local format=$1 output=$2
    shift 2
    env -u DISPLAY -u QT_QPA_PLATFORM "$casebook" export --endpoint-url "$url" \
        --case-id "$case_id" --format "$format" --output "$output" "$@"
}

exports_and_reads_back() {  # exports_and_reads_back FORMAT [ARGS...]
    local format=$1
    shift
    local file=$work/out/thread.$format
    mkdir -p "$work/out"
    export_case "$format" "$file" "$@" || return 1
    if [[ $format == pdf ]]; then
        head -c 5 "$file" | grep -q '%PDF-' &&
        pdftotext -enc UTF-8 "$file" "$work/out/pdf.txt" &&
        python3 "$check" pdf-text "$work/out/pdf.txt" "$work/data"
    else
        python3 "$check" "$format" "$file" "$work/data"
    fi
}
for format in json md html txt pdf mbox; do
    check "a $count-message case exports as $format and reads back" \
        exports_and_reads_back "$format" --attachments
done

attachments_are_linked_and_contained() {
    local folder="$work/out/thread_attachments"
    [[ -f $folder/log.txt ]] &&
    [[ $(find "$work" -name '*evil*' | wc -l) -eq 1 ]] &&
    find "$folder" -name '*evil*' | grep -q . &&
    grep -q 'href="thread_attachments/log.txt"' "$work/out/thread.html" &&
    grep -q '](thread_attachments/log.txt)' "$work/out/thread.md" &&
    # Exported in six formats, each attachment was saved once.
    [[ $(find "$folder" -type f | wc -l) -eq 2 ]]
}
check "--attachments saves safe names beside the file and links them" \
    attachments_are_linked_and_contained

range_is_honoured() {
    export_case md "$work/range.md" --after 2026-01-10T00:00:00Z --before 2026-01-20 &&
    python3 "$check" md "$work/range.md" "$work/data" \
        --after 2026-01-10T00:00:00.000Z --before 2026-01-20T00:00:00.000Z &&
    grep -q 'Range:\*\* from 2026-01-10 00:00:00 UTC until before 2026-01-20' "$work/range.md"
}
check "--after and --before narrow the export and are named in it" range_is_honoured

refuses_to_overwrite() {
    local file=$work/out/thread.md before
    before=$(sha256sum "$file")
    if export_case md "$file" 2>"$work/err"; then
        echo "  overwrote without --force"
        return 1
    fi
    [[ $(wc -l <"$work/err") -eq 1 ]] && grep -q "already exists; add --force" "$work/err" &&
    [[ $(sha256sum "$file") == "$before" ]]
}
check "an existing file is not replaced without --force" refuses_to_overwrite

replaces_with_force() {
    local file=$work/out/thread.md
    export_case md "$file" --force --after 2026-02-01 &&
    python3 "$check" md "$file" "$work/data" --after 2026-02-01T00:00:00.000Z
}
check "--force replaces it" replaces_with_force

a_folder_is_named_a_folder() {
    mkdir -p "$work/folder" &&
    ! export_case md "$work/folder" 2>"$work/err" &&
    [[ $(wc -l <"$work/err") -eq 1 ]] && grep -q "is a folder" "$work/err" &&
    ! export_case md "$work/folder" --force 2>"$work/err" && grep -q "is a folder" "$work/err"
}
check "an existing folder as --output is called a folder, with or without --force" \
    a_folder_is_named_a_folder

never_writes_through_a_link() {
    echo "keep me" >"$work/target.txt" &&
    ln -sfn "$work/target.txt" "$work/link.md" &&
    ! export_case md "$work/link.md" --force 2>"$work/err" &&
    [[ $(wc -l <"$work/err") -eq 1 ]] && grep -q "symbolic link" "$work/err" &&
    [[ $(cat "$work/target.txt") == "keep me" && -L "$work/link.md" ]]
}
check "--force never writes through a symbolic link" never_writes_through_a_link

default_file_name() {
    mkdir -p "$work/default" &&
    (cd "$work/default" && env -u DISPLAY "$casebook" export --endpoint-url "$url" \
        --case-id "$case_id" --format txt >"$work/printed") &&
    [[ -f "$work/default/17400002000 Export _test_ & 障害.txt" ]] &&
    grep -qx "$work/default/17400002000 Export _test_ & 障害.txt" "$work/printed"
}
check "without --output the file is named after the case, in the current folder" \
    default_file_name

pdf_to_standard_output() {
    export_case pdf - >"$work/stdout.pdf" && head -c 5 "$work/stdout.pdf" | grep -q '%PDF-'
}
check "a PDF can go to standard output, without a display" pdf_to_standard_output

attachments_need_a_file() {
    ! export_case md - --attachments 2>"$work/err" && grep -q "needs --output PATH" "$work/err"
}
check "--attachments with standard output is refused" attachments_need_a_file

failed_write_keeps_nothing() {
    ! export_case html "$work/missing-folder/thread.html" 2>"$work/err" &&
    [[ $(wc -l <"$work/err") -eq 1 ]] && grep -q "Cannot write" "$work/err" &&
    [[ ! -e $work/missing-folder ]]
}
check "a file that cannot be written fails with one line" failed_write_keeps_nothing

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
