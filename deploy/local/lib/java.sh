# shellcheck shell=bash
# The JDK that builds and runs Kolo: Java 25 or newer, whose virtual threads carry the write paths (quiz starts,
# answers, check-ins), so a class answering at once does not queue behind a small pool of request threads.
# JAVA_HOME wins when it is 25+; otherwise the newest 25+ JDK in /usr/lib/jvm (Debian's and Temurin's place).

KOLO_JAVA_FEATURE=25

java_feature_version() { # JAVA_BINARY -> 17, 21, 25 ... (empty if it does not run)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Prints the JAVA_HOME to use, or nothing when this machine has no JDK 25+.
kolo_java_home() {
  local candidate version best="" best_version=0
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/javac ]]; then
    version=$(java_feature_version "$JAVA_HOME/bin/java")
    if [[ -n $version ]] && ((version >= KOLO_JAVA_FEATURE)); then
      echo "$JAVA_HOME"
      return
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [[ -x $candidate/bin/java && -x $candidate/bin/javac && ! -L $candidate ]] || continue
    version=$(java_feature_version "$candidate/bin/java")
    if [[ -n $version ]] && ((version >= KOLO_JAVA_FEATURE && version > best_version)); then
      best=$candidate best_version=$version
    fi
  done
  [[ -z $best ]] || echo "$best"
}
