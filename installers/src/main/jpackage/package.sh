#!/usr/bin/env bash
# The installers profile's packaging step (installers/pom.xml, phase package). Maven passes:
#   TARGET (installers/target), DIST (where artifacts go), SRC (installers/src/main), MAIN_JAR (cli jar name,
#   already copied with its dependencies into $TARGET/jpackage/input), WEB_JAR (Spring Boot jar in $TARGET),
#   APP_VERSION (numeric, e.g. 0.1.0), OUTPUT_TIMESTAMP (project.build.outputTimestamp, for the tarball).
# Produces in $DIST: pilothouse-web.jar, pilothouse-$APP_VERSION-linux-x64.tar.gz (the app image),
# pilothouse_$APP_VERSION-1_amd64.deb, and a .sha256 file next to each.
set -euo pipefail
: "${TARGET:?}" "${DIST:?}" "${SRC:?}" "${MAIN_JAR:?}" "${WEB_JAR:?}" "${APP_VERSION:?}" "${OUTPUT_TIMESTAMP:?}"
work="$TARGET/jpackage"
input="$work/input"
[ -f "$input/$MAIN_JAR" ] || { echo "package.sh: $input/$MAIN_JAR missing (copy-dependencies did not run?)" >&2; exit 1; }
rm -rf "$work/runtime" "$work/image" "$work/deb" "$work/tmp" "$DIST"
mkdir -p "$DIST" "$work/deb"
step() { echo "[installers] $*" >&2; }
seconds() { date +%s; }

t0=$(seconds)
modules="$(grep -v '^\s*#' "$SRC/jpackage/modules.txt" | grep -v '^\s*$' | paste -sd, -)"
step "jlink runtime: $modules"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --output "$work/runtime"

# JavaFX's natives next to its jars (the SDK layout): JavaFX loads them from there instead of unpacking them
# into ~/.openjfx/cache on every machine
unzip -q -o -j "$input"/javafx-graphics-*-linux.jar '*.so' -d "$input"

t1=$(seconds)
step "jpackage app image"
common=(--name pilothouse --app-version "$APP_VERSION" --vendor "Pilothouse"
        --description "IDE-style console for apps on the Harper runtime")
# javafx-* jars without a platform classifier are empty placeholders; the -linux ones carry the code
jpackage --type app-image "${common[@]}" --dest "$work/image" --temp "$work/tmp/image" \
  --input "$input" --main-jar "$MAIN_JAR" --main-class dev.pilothouse.cli.Main \
  --runtime-image "$work/runtime" \
  --java-options '--enable-native-access=ALL-UNNAMED' \
  --add-launcher pilothouse-desktop="$SRC/jpackage/desktop-launcher.properties"
image="$work/image/pilothouse"
"$image/bin/pilothouse" --version >&2

t2=$(seconds)
step "app image tarball"
tarball="$DIST/pilothouse-$APP_VERSION-linux-x64.tar.gz"
# fixed order, owner and times, no gzip timestamp: the same image gives the same bytes
tar --sort=name --mtime="$OUTPUT_TIMESTAMP" --owner=0 --group=0 --numeric-owner -C "$work/image" -cf - pilothouse \
  | gzip -n > "$tarball"

t3=$(seconds)
step "jpackage .deb"
# bookworm calls GTK 3 libgtk-3-0, trixie and Ubuntu 24.04 libgtk-3-0t64: either satisfies the package
jpackage --type deb "${common[@]}" --dest "$work/deb" --temp "$work/tmp/deb" --app-image "$image" \
  --linux-package-name pilothouse --linux-app-category devel --linux-menu-group Development \
  --linux-package-deps 'libgtk-3-0 | libgtk-3-0t64, bubblewrap' --linux-shortcut
cp "$work"/deb/*.deb "$DIST/"

t4=$(seconds)
cp "$TARGET/$WEB_JAR" "$DIST/pilothouse-web.jar"
(cd "$DIST" && for f in *.jar *.tar.gz *.deb; do sha256sum "$f" > "$f.sha256"; done)
step "timings (s): jlink $((t1 - t0)), app image $((t2 - t1)), tarball $((t3 - t2)), deb $((t4 - t3))"
(cd "$DIST" && ls -l && cat ./*.sha256) >&2
