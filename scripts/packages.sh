# Sourced by the scripts that install what they need: one way to install the
# missing Debian packages, so running any of them twice installs nothing.
#   install_missing_packages TAG package...
# Says which it installs, or that all are present.

install_missing_packages() {
  local tag=$1
  shift
  local missing=() package status
  for package in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    printf '\033[1m[%s]\033[0m system packages: all present\n' "$tag"
    return 0
  fi
  printf '\033[1m[%s]\033[0m installing system packages: %s\n' "$tag" "${missing[*]}"
  local sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
