#!/bin/sh
# Makes the tiny clips in resources/media/ (committed; run again only to change them). Needs ffmpeg
# with libx264, libvpx, libaom and libopus (Debian: apt-get install ffmpeg).
#   probe-*.{mp4,m4a,webm}  one codec each, half a second: the kiosk's media probe decodes them
#   live-h264-aac.mp4, live-vp9-opus.webm  4 s looping "live draw" clips for the sandbox webshop's tile
set -eu
out=$(cd "$(dirname "$0")/../../resources/media" && pwd)
ff() { ffmpeg -hide_banner -loglevel error -y -fflags +bitexact "$@"; }
small_video="testsrc=size=64x64:rate=10:duration=0.5"
tone="sine=frequency=440:sample_rate=48000:duration=0.5"
ff -f lavfi -i "$small_video" -c:v libx264 -profile:v baseline -pix_fmt yuv420p -map_metadata -1 \
   -flags:v +bitexact -movflags +faststart "$out/probe-h264.mp4"
ff -f lavfi -i "$tone" -c:a aac -b:a 24k -ac 1 -map_metadata -1 -movflags +faststart "$out/probe-aac.m4a"
ff -f lavfi -i "$small_video" -c:v libvpx-vp9 -b:v 50k -pix_fmt yuv420p -map_metadata -1 "$out/probe-vp9.webm"
ff -f lavfi -i "$small_video" -c:v libaom-av1 -cpu-used 8 -b:v 50k -pix_fmt yuv420p -map_metadata -1 "$out/probe-av1.webm"
ff -f lavfi -i "$tone" -c:a libopus -b:a 24k -ac 1 -map_metadata -1 "$out/probe-opus.webm"
# The "live draw": a moving test pattern with a clock and a beep each second, 320x180, 4 s.
live="testsrc2=size=320x180:rate=15:duration=4"
beep="sine=frequency=880:beep_factor=4:sample_rate=48000:duration=4"
ff -f lavfi -i "$live" -f lavfi -i "$beep" -c:v libx264 -profile:v main -pix_fmt yuv420p -b:v 120k \
   -c:a aac -b:a 32k -ac 1 -map_metadata -1 -movflags +faststart -shortest "$out/live-h264-aac.mp4"
ff -f lavfi -i "$live" -f lavfi -i "$beep" -c:v libvpx-vp9 -b:v 120k -pix_fmt yuv420p -deadline good -cpu-used 4 \
   -c:a libopus -b:a 32k -ac 1 -map_metadata -1 -shortest "$out/live-vp9-opus.webm"
ls -l "$out"
