"""The `pack` subcommands: make a signing key, build, verify and install provider packs.

    assessor pack keygen -o KEY.pem
    assessor pack build DIR -o OUT.assessorpack [--key KEY.pem --signer NAME]
    assessor pack verify PACK
    assessor pack install PACK [--force]

Never imports Qt. Errors are one line each on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import base64
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assessor.core.errors import AssessorError

if TYPE_CHECKING:
    from assessor.core.packs import Pack

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
Command = Callable[[argparse.Namespace], int]


def _fail(error: AssessorError) -> int:
    for line in error.lines():
        print(line, file=sys.stderr)
    return EXIT_INVALID


def _read_key(name: str) -> bytes:
    from assessor.core.format.yamlsafe import read_limited

    return read_limited(Path(name), limit=64 * 1024)


def _cmd_keygen(args: argparse.Namespace) -> int:
    from assessor.core.atomic import write_atomic
    from assessor.core.packs import fingerprint, generate_key

    target = Path(args.output)
    if target.exists() and not args.force:
        print(f"{target}: already exists; not overwritten (use --force)", file=sys.stderr)
        return EXIT_INVALID
    private_pem, public_b64 = generate_key()
    try:
        write_atomic(target, private_pem, private=True)
    except AssessorError as exc:
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {target} (a private key: keep it secret and back it up)", file=sys.stderr)
    print(f"public key: {public_b64}")
    print(f"fingerprint: {fingerprint(base64.b64decode(public_b64))}")
    return EXIT_OK


def _cmd_build(args: argparse.Namespace) -> int:
    from assessor.core.packs import build_pack

    if (args.key is None) != (args.signer is None):
        print("assessor pack build: error: --key and --signer go together", file=sys.stderr)
        return EXIT_USAGE
    key = _read_key(args.key) if args.key else None
    pack = build_pack(Path(args.dir), Path(args.output), key, args.signer, key_name=args.key or "")
    print(f"wrote {args.output} (pack '{pack.id}' {pack.version}, {_signature_line(pack)})",
          file=sys.stderr)
    for warning in pack.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _signature_line(pack: Pack) -> str:
    if pack.signature_status == "valid":
        return pack.signature.describe()
    if pack.signature_status == "invalid":
        # The claimed signer is already one safe line (packs_signing); key first, quoted name.
        claimed = f' (claims key {pack.fingerprint}, signer "{pack.signer}")' if pack.signer else ""
        return f"signature INVALID{claimed}"
    return "unsigned" + (" (the provider requires a signature)" if pack.require_signature else "")


def _cmd_verify(args: argparse.Namespace) -> int:
    from assessor.cli.progress import Progress
    from assessor.core.format.model import Questionnaire
    from assessor.core.packs import open_pack

    with Progress("checking the pack's documents") as progress:
        pack = open_pack(Path(args.pack), progress=progress)
    provider = pack.provider
    print(f"pack: {pack.id} {pack.version}")
    print(f"provider: {provider.name}")
    if provider.contact:
        print("contact: " + provider.contact.replace("\n", "\n         "))
    if provider.website:
        print(f"website: {provider.website}")
    if provider.logo_format:
        print(f"logo: {provider.logo_format.upper()}, {len(provider.logo or b'')} bytes")
    for entry in pack.documents:
        document = entry.document
        kind = "questionnaire" if isinstance(document, Questionnaire) else "career model"
        print(f"{kind}: {entry.member}: '{document.id}' {document.version} - {document.title}")
    print(f"signature: {_signature_line(pack)}")
    for warning in pack.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK if pack.trusted else EXIT_INVALID


def _cmd_install(args: argparse.Namespace) -> int:
    from assessor.core.packs import install_pack, read_installed

    folder = install_pack(Path(args.pack), force=args.force)
    pack = read_installed(folder)
    print(f"{args.pack}: installed '{pack.id}' {pack.version} into {folder}")
    print(f"signature: {_signature_line(pack)}")
    for warning in pack.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def configure_pack(parser: argparse.ArgumentParser) -> None:
    parser.description = "Build, sign, check and install provider packs (.assessorpack)."
    sub = parser.add_subparsers(dest="pack_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    keygen = sub.add_parser("keygen", help="make an Ed25519 signing key")
    keygen.add_argument("-o", "--output", metavar="KEY.pem", required=True,
                        help="the private key file to write (readable only by you)")
    keygen.add_argument("--force", action="store_true", help="overwrite an existing key file")
    keygen.set_defaults(pack_run=_cmd_keygen)
    build = sub.add_parser("build", help="check a pack folder and write the pack file")
    build.add_argument("dir", metavar="DIR",
                       help="the pack folder: pack.yaml, questionnaires and an optional logo")
    build.add_argument("-o", "--output", metavar="OUT.assessorpack", required=True,
                       help="the pack file to write")
    build.add_argument("--key", metavar="KEY.pem", help="sign with this private key")
    build.add_argument("--signer", metavar="NAME", help="the name shown as the signer")
    build.set_defaults(pack_run=_cmd_build)
    verify = sub.add_parser("verify", help="show a pack's provider, contents and signature")
    verify.add_argument("pack", metavar="PACK", help="a .assessorpack file")
    verify.set_defaults(pack_run=_cmd_verify)
    install = sub.add_parser("install", help="install a pack into your questionnaire folder")
    install.add_argument("pack", metavar="PACK", help="a .assessorpack file to install")
    install.add_argument(
        "--force",
        action="store_true",
        help="install even if unsigned where required, badly signed, older, or another key",
    )
    install.set_defaults(pack_run=_cmd_install)


def run_pack(args: argparse.Namespace) -> int:
    run: Command = args.pack_run
    try:
        return run(args)
    except AssessorError as exc:
        return _fail(exc)


COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Command]] = {
    "pack": (configure_pack, run_pack),
}
