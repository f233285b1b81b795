#!/usr/bin/env bash
# Release check and major tag, run by .github/workflows/release.yml on a pushed
# tag: the tag is a semver release tag vX.Y.Z that names package.json's
# version, and the major tag vX is moved to the tagged commit (created the
# first time). Pushes the major tag when PUSH=1. Usage: check-tag.sh <tag>
set -euo pipefail
tag="${1:?usage: check-tag.sh vX.Y.Z}"
if ! [[ "$tag" =~ ^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "release tag \"$tag\" is not vMAJOR.MINOR.PATCH[-PRERELEASE]" >&2
  exit 1
fi
major="v${BASH_REMATCH[1]}"
prerelease="${BASH_REMATCH[4]}"
version="$(node -p 'require("./package.json").version')"
if [ "v$version" != "$tag" ]; then
  echo "release tag $tag does not match package.json's version $version" >&2
  exit 1
fi
commit="$(git rev-parse "$tag^{commit}")"
if [ -n "$prerelease" ]; then
  echo "$tag is a prerelease: $major stays where it is"
  exit 0
fi
git tag -f "$major" "$commit" >/dev/null
echo "$major → $tag ($commit)"
if [ "${PUSH:-0}" = 1 ]; then
  git push --force origin "refs/tags/$major"
fi
