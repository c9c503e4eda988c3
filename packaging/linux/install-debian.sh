#!/usr/bin/env bash
# Install Servicepunkt Kiosk on a Debian 12 machine. Safe to run again (idempotent).
# See docs/deploy.md for the whole procedure.
set -euo pipefail

PREFIX=/opt/servicepunkt-kiosk
CONFIG_DIR=/etc/servicepunkt-kiosk
CONFIG=$CONFIG_DIR/kiosk.toml
DATA_DIR=/var/lib/servicepunkt-kiosk
KIOSK_USER=kiosk
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

usage() {
    cat <<'USAGE'
Usage: install-debian.sh [options]

Installs the kiosk program to /opt/servicepunkt-kiosk, creates the user "kiosk", writes
/etc/servicepunkt-kiosk/kiosk.toml (only when it does not exist yet) and enables start-up.

  --bundle DIR         install a built bundle (dist/servicepunkt-kiosk from packaging/build.py)
  --source             install from this source checkout into a virtual environment instead
  --mode MODE          cage (default): a dedicated kiosk, cage on tty1, no desktop;
                       desktop: a systemd user unit in every desktop session;
                       autostart: an XDG autostart entry (desktops without systemd user units)
  --service-point ID   this kiosk's service point id in the feed (e.g. bjorna)
  --feed-url URL       the feed's manifest.json address, or a local folder
  --public-key KEY     a minisign public key of the feed (repeat for more keys)
  --upload-url URL     where statistics and local events are delivered
  --force-config       write kiosk.toml even when it exists (the old one is kept as .bak)
  -h, --help           this text

Afterwards set the shop owner's PIN (as root):
  runuser -u kiosk -- /opt/servicepunkt-kiosk/kiosk pin set \
      --config /etc/servicepunkt-kiosk/kiosk.toml --data-dir /var/lib/servicepunkt-kiosk
USAGE
}

die() {
    echo "install-debian.sh: $*" >&2
    exit 1
}

BUNDLE="" SOURCE=0 MODE=cage POINT="" FEED="" UPLOAD="" FORCE_CONFIG=0
KEYS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE=${2:?--bundle needs a folder}; shift 2 ;;
        --source) SOURCE=1; shift ;;
        --mode) MODE=${2:?--mode needs cage, desktop or autostart}; shift 2 ;;
        --service-point) POINT=${2:?}; shift 2 ;;
        --feed-url) FEED=${2:?}; shift 2 ;;
        --public-key) KEYS+=("${2:?}"); shift 2 ;;
        --upload-url) UPLOAD=${2:?}; shift 2 ;;
        --force-config) FORCE_CONFIG=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done

case "$MODE" in cage | desktop | autostart) ;; *) die "--mode must be cage, desktop or autostart" ;; esac
if [ -z "$BUNDLE" ] && [ "$SOURCE" = 0 ]; then
    [ -x "$REPO/dist/servicepunkt-kiosk/kiosk" ] && BUNDLE="$REPO/dist/servicepunkt-kiosk"
    [ -z "$BUNDLE" ] && die "give --bundle DIR (build it with: python packaging/build.py) or --source"
fi
[ "$(id -u)" = 0 ] || die "run it as root (sudo $0 ...)"

install_packages() {
    # The libraries Qt's xcb and Wayland platforms need (the list .ci/run installs), sound for
    # the countdown chime, speech (speech-dispatcher with espeak-ng voices: --no-install-recommends
    # leaves out its espeak-ng module and audio plugins, so they are named), the Inter font, and
    # cage for the dedicated kiosk.
    local packages=(
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
        libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxkbcommon0 libegl1 libgl1
        libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0 libwayland-client0 libwayland-egl1
        libwayland-cursor0 fonts-inter ca-certificates
        speech-dispatcher speech-dispatcher-espeak-ng speech-dispatcher-audio-plugins espeak-ng
    )
    [ "$MODE" = cage ] && packages+=(cage dbus)
    [ "$SOURCE" = 1 ] && packages+=(python3 python3-venv)
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${packages[@]}"
}

create_user() {
    if ! id -u "$KIOSK_USER" >/dev/null 2>&1; then
        useradd --create-home --shell /usr/sbin/nologin --comment "Servicepunkt Kiosk" "$KIOSK_USER"
    fi
    # Screen, GPU and input devices for cage; sound for the chime.
    for group in video render input audio; do
        getent group "$group" >/dev/null && usermod -a -G "$group" "$KIOSK_USER"
    done
    # The data directory holds the PIN file and the local database: the kiosk's user only.
    install -d -o "$KIOSK_USER" -g "$KIOSK_USER" -m 0700 "$DATA_DIR"
    chmod 0700 "$DATA_DIR"
    find "$DATA_DIR" -maxdepth 1 -type f \( -name 'local.db*' -o -name 'owner-pin.json' \) \
        -exec chmod 0600 {} +
}

protect_config() {
    # Readable by root and the kiosk only: it may hold the upload password. The kiosk checks
    # this at every start and logs a warning when every user could read it.
    chown root:"$KIOSK_USER" "$CONFIG"
    chmod 0640 "$CONFIG"
}

install_program() {
    if [ -n "$BUNDLE" ]; then
        [ -x "$BUNDLE/kiosk" ] || die "$BUNDLE: no kiosk program in it (build with packaging/build.py)"
        # A fresh copy beside the old one, then swapped: a half-copied program never runs.
        rm -rf "$PREFIX.new"
        cp -a "$BUNDLE" "$PREFIX.new"
        rm -rf "$PREFIX.old"
        [ -d "$PREFIX" ] && mv "$PREFIX" "$PREFIX.old"
        mv "$PREFIX.new" "$PREFIX"
        rm -rf "$PREFIX.old"
    else
        [ -d "$PREFIX/venv" ] || python3 -m venv "$PREFIX/venv"
        "$PREFIX/venv/bin/pip" install -q --upgrade "$REPO"
        ln -sf "$PREFIX/venv/bin/kiosk" "$PREFIX/kiosk"
    fi
}

toml_string() {
    local text=${1//\\/\\\\}
    printf '"%s"' "${text//\"/\\\"}"
}

write_config() {
    install -d -m 0755 "$CONFIG_DIR"
    if [ -f "$CONFIG" ] && [ "$FORCE_CONFIG" = 0 ]; then
        echo "keeping $CONFIG (use --force-config to write it again)"
        protect_config
        return
    fi
    [ -f "$CONFIG" ] && cp "$CONFIG" "$CONFIG.bak"
    local keys="" key
    for key in "${KEYS[@]}"; do
        keys+="${keys:+, }$(toml_string "$key")"
    done
    cat >"$CONFIG" <<TOML
# Servicepunkt Kiosk: every setting is described in docs/deploy.md (configuration reference).
service_point = $(toml_string "$POINT")
feed_url = $(toml_string "$FEED")
feed_public_keys = [$keys]
upload_url = $(toml_string "$UPLOAD")
nightly_restart = "03:30"
TOML
    protect_config
    echo "wrote $CONFIG"
}

enable_units() {
    case "$MODE" in
        cage)
            install -m 0644 "$HERE/servicepunkt-kiosk.service" /etc/systemd/system/servicepunkt-kiosk.service
            install -m 0644 "$HERE/servicepunkt-kiosk.pam" /etc/pam.d/servicepunkt-kiosk
            systemctl daemon-reload
            systemctl enable servicepunkt-kiosk.service
            systemctl set-default graphical.target
            ;;
        desktop)
            install -m 0644 "$HERE/servicepunkt-kiosk-user.service" /etc/systemd/user/servicepunkt-kiosk.service
            systemctl --global enable servicepunkt-kiosk.service
            ;;
        autostart)
            install -m 0644 "$HERE/servicepunkt-kiosk.desktop" /etc/xdg/autostart/servicepunkt-kiosk.desktop
            ;;
    esac
}

install_packages
create_user
install_program
write_config
enable_units
runuser -u "$KIOSK_USER" -- env QT_QPA_PLATFORM=offscreen "$PREFIX/kiosk" self-test
echo "installed. Next: set the PIN (see --help), then reboot or: systemctl start servicepunkt-kiosk"
