# Sourced by ./workbench and .ci/run: `select_jdk` exports JAVA_HOME (and puts its bin first on
# PATH, for mvn and java) pointing at a JDK 21 or newer. It tries, in order: JAVA_HOME, the `java`
# on PATH, the newest JDK under /usr/lib/jvm. Returns 1 with a plain message when there is none.

readonly WORKBENCH_MIN_JAVA=21

# The feature release of a java binary ("17.0.15" -> 17, "1.8.0_402" -> 1, which is too old anyway).
java_feature_version() {
  "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
}

is_recent_java() {
  local version
  [[ -x "$1" ]] || return 1
  version="$(java_feature_version "$1")"
  [[ -n "$version" && "$version" -ge "$WORKBENCH_MIN_JAVA" ]]
}

use_java_home() {
  export JAVA_HOME="$1"
  export PATH="$JAVA_HOME/bin:$PATH"
}

select_jdk() {
  local java_on_path candidate best="" best_version=0 version
  if [[ -n "${JAVA_HOME:-}" ]] && is_recent_java "$JAVA_HOME/bin/java"; then
    use_java_home "$JAVA_HOME"
    return 0
  fi
  java_on_path="$(command -v java || true)"
  if [[ -n "$java_on_path" ]] && is_recent_java "$java_on_path"; then
    use_java_home "$(dirname "$(dirname "$(readlink -f "$java_on_path")")")"
    return 0
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate="${candidate%/}"
    is_recent_java "$candidate/bin/java" || continue
    version="$(java_feature_version "$candidate/bin/java")"
    if [[ "$version" -gt "$best_version" ]]; then
      best="$candidate"
      best_version="$version"
    fi
  done
  if [[ -n "$best" ]]; then
    use_java_home "$best"
    return 0
  fi
  echo "workbench: needs a JDK $WORKBENCH_MIN_JAVA or newer; none found in JAVA_HOME, on PATH or under /usr/lib/jvm." \
       "Install one (e.g. Temurin 21) and set JAVA_HOME to it." >&2
  return 1
}
