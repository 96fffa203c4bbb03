#!/bin/sh
# Run by `mvn package` (exec-maven-plugin, after the jar and target/lib): puts the launcher target/deepmath-lab
# beside the jar and records the classes of one start of the window (Monocle's headless platform: no display is
# needed) into target/deepmath-lab.jsa with -XX:ArchiveClassesAtExit. The jar is named by the same absolute path
# as the launcher will name it: the JVM accepts the archive only for the class path it was made with. Never fails
# the build: without an archive the launcher starts the lab as before.
DIR=$(cd "$1" && pwd -P)
cp "$(dirname "$0")/deepmath-lab" "$DIR/deepmath-lab" && chmod +x "$DIR/deepmath-lab"
rm -f "$DIR/deepmath-lab.jsa"
# A window that never shows (a broken headless platform) must not hang the build: two minutes at most.
LIMIT=""
if command -v timeout >/dev/null 2>&1; then LIMIT="timeout 120"; fi
if $LIMIT java --add-modules jdk.incubator.vector -XX:ArchiveClassesAtExit="$DIR/deepmath-lab.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Djava.util.prefs.userRoot="$DIR/cds-archive-prefs" \
        -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
        -jar "$DIR/deepmath-lab.jar" gui --lab surfaces --exit-when-shown >"$DIR/cds-archive.log" 2>&1 \
        && [ -f "$DIR/deepmath-lab.jsa" ]; then
    echo "cds-archive: $DIR/deepmath-lab.jsa"
else
    rm -f "$DIR/deepmath-lab.jsa"
    echo "cds-archive: no class-data archive made (see $DIR/cds-archive.log); the lab starts without it"
fi
rm -rf "$DIR/cds-archive-prefs"
exit 0
