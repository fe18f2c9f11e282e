# shellcheck shell=bash
# ffmpeg makes the light versions of videos (360p, sound only, poster) and the demo course's sample video.
# Kolo works without it (originals only); here it is installed when missing, like PostgreSQL.
ffmpeg_ensure() {
  command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null && return 0
  if ((EUID != 0)) || [[ ${KOLO_NO_INSTALL:-} == 1 ]] || ! command -v apt-get >/dev/null; then
    info "ffmpeg not found: videos play in their original size only and the demo video is not made (apt-get install ffmpeg)"
    return 0
  fi
  info "ffmpeg not found: installing the 'ffmpeg' package with apt-get (KOLO_NO_INSTALL=1 forbids this)."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q ffmpeg >/dev/null 2>&1 ||
    { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ffmpeg >/dev/null; } ||
    info "apt-get install ffmpeg failed: videos play in their original size only"
}
