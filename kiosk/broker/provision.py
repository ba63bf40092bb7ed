"""Root writes the broker's identity where systemd hands it in (Linux; Qt-free).

``/etc/credstore.encrypted/betshop-kiosk-identity.sealed`` when ``systemd-creds`` can encrypt on
this machine (to its TPM2 chip where there is one, else to the host key), loaded with
``LoadCredentialEncrypted=``; else ``/etc/credstore/betshop-kiosk-identity``, root's, 0600,
loaded with ``LoadCredential=``. Writing it removes the identity the broker was handed over the
socket (root's word is the latest) and restarts the broker when systemd runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kiosk.broker.identity import Identity, parse_identity, write_private_file
from kiosk.broker.store import ACCOUNT, CREDENTIAL_PLAIN, CREDENTIAL_SEALED, STATE_FILE

UNIT = "betshop-kiosk-broker.service"


class ProvisionError(Exception):
    """The identity could not be written. ``str()`` says what to check; nothing was changed."""


@dataclass(frozen=True)
class RootPaths:
    root: Path = Path("/")

    @classmethod
    def here(cls) -> RootPaths:
        """This machine, or the root a package is being installed into (``$DPKG_ROOT``, as dpkg sets it)."""
        return cls(Path(os.environ.get("DPKG_ROOT") or "/"))

    @property
    def other_root(self) -> bool:
        return self.root.resolve() != Path("/")

    @property
    def plain(self) -> Path:
        return self.root / "etc/credstore" / CREDENTIAL_PLAIN

    @property
    def sealed(self) -> Path:
        return self.root / "etc/credstore.encrypted" / CREDENTIAL_SEALED

    @property
    def state_file(self) -> Path:
        return self.root / "var/lib" / ACCOUNT / STATE_FILE


def systemd_creds() -> str | None:
    return shutil.which("systemd-creds")


def can_seal(tool: str | None = None) -> bool:
    """Whether systemd-creds encrypts here (it needs root, and a TPM2 chip or its host key)."""
    tool = tool or systemd_creds()
    if tool is None or (hasattr(os, "geteuid") and os.geteuid() != 0):
        return False
    try:
        done = subprocess.run([tool, "encrypt", "--name=probe", "-", "-"], input=b"probe", capture_output=True,
                              timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def provision(identity: Identity, paths: RootPaths | None = None, *, seal: bool | None = None,
              restart: bool = True) -> str:
    """Write ``identity`` for the broker; returns a sentence saying where (and whether the broker restarted)."""
    paths = paths or RootPaths.here()
    text = identity.to_toml().encode("utf-8")
    tool = systemd_creds()
    if seal is None:
        seal = not paths.other_root and can_seal(tool)  # another root's machine key is not this one's
    if seal:
        if tool is None:
            raise ProvisionError("systemd-creds is not installed, so the identity cannot be encrypted; nothing was changed")
        _write_sealed(tool, paths.sealed, text)
        paths.plain.unlink(missing_ok=True)
        where = f"{paths.sealed} (encrypted to this machine with systemd-creds)"
    else:
        write_private_file(paths.plain, text, dir_mode=0o700)  # root's credential folder
        paths.sealed.unlink(missing_ok=True)
        where = f"{paths.plain} (root's, mode 0600)"
    paths.state_file.unlink(missing_ok=True)  # what was handed over before is older than this
    if restart and not paths.other_root and restart_broker():
        return f"Wrote the broker's identity to {where}; the broker was restarted to use it."
    return f"Wrote the broker's identity to {where}; it takes effect when the broker (re)starts."


def read_sealed(tool: str, path: Path) -> Identity:
    done = subprocess.run([tool, "decrypt", f"--name={CREDENTIAL_SEALED}", str(path), "-"], capture_output=True,
                          timeout=60, check=False)
    if done.returncode != 0:
        raise ProvisionError(f"{path} cannot be decrypted on this machine ({_last_line(done.stderr)})")
    import tomllib

    return parse_identity(tomllib.loads(done.stdout.decode("utf-8")), str(path))


def restart_broker() -> bool:
    """``systemctl try-restart`` the broker when systemd runs this machine; False where it does not."""
    systemctl = shutil.which("systemctl")
    if systemctl is None or not Path("/run/systemd/system").is_dir():
        return False
    done = subprocess.run([systemctl, "try-restart", UNIT], capture_output=True, timeout=60, check=False)
    return done.returncode == 0


def _write_sealed(tool: str, path: Path, text: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.tmp")
    done = subprocess.run([tool, "encrypt", f"--name={CREDENTIAL_SEALED}", "-", str(tmp)], input=text,
                          capture_output=True, timeout=60, check=False)
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise ProvisionError(f"systemd-creds could not encrypt the identity ({_last_line(done.stderr)}); nothing was changed")
    os.chmod(tmp, 0o600)
    check = subprocess.run([tool, "decrypt", f"--name={CREDENTIAL_SEALED}", str(tmp), "-"], capture_output=True,
                           timeout=60, check=False)
    if check.returncode != 0 or check.stdout != text:
        tmp.unlink(missing_ok=True)
        raise ProvisionError("the encrypted identity does not decrypt to what was written; nothing was changed")
    os.replace(tmp, path)


def _last_line(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no message"
