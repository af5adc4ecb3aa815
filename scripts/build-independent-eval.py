#!/usr/bin/env python3
"""Build the aligner's independent evaluation set: document pairs outside DEV, made the way
../shared/eval/make_eval.py makes DEV, from po-translated Debian documentation that is neither
the Debian Administrator's Handbook nor Text+Berg (the held-out set draws on those).

Each HTML page of a manual translated from po files has the same blocks in every language
(pages whose block counts differ are skipped); the blocks become 1-1 base beads and are edited
by make_eval.py's simulated translator (profiles mid and high, a seed per pair).

    python3 scripts/build-independent-eval.py --out /tmp/tandem-independent
    npm run bench:align -- --dev /tmp/tandem-independent/set --no-speed

Needs apt-get (the packages are downloaded, not installed) and dpkg-deb. The texts are the
packages' own (GPL or DFSG-free documentation licences); they are not kept in this repository.
"""
import argparse
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, '..', 'shared', 'eval'))
import make_eval as me  # noqa: E402

PACKAGES = ['debian-reference-en', 'debian-reference-de', 'debian-reference-fr', 'debian-reference-es',
            'debian-reference-zh-cn', 'maint-guide', 'maint-guide-ru', 'maint-guide-fr',
            'installation-guide-amd64', 'debian-faq', 'debian-faq-ru']


def page_paths(root, kind, lang):
    """page name -> HTML file of one manual in one language."""
    if kind == 'ref':
        files = glob.glob(f'{root}/usr/share/debian-reference/*.{lang}.html')
        return {os.path.basename(f)[: -len(f'.{lang}.html')]: f for f in files}
    if kind == 'ig':
        return {os.path.basename(f)[:-5]: f for f in glob.glob(f'{root}/usr/share/doc/installation-guide-amd64/{lang}/*.html')}
    if kind == 'mg':
        folder = 'maint-guide' if lang == 'en' else f'maint-guide-{lang}'
        return {os.path.basename(f)[: -len(f'.{lang}.html')]: f for f in glob.glob(f'{root}/usr/share/doc/{folder}/html/*.{lang}.html')}
    if kind == 'faq':
        folder = 'FAQ' if lang == 'en' else f'FAQ/{lang}'
        return {os.path.basename(f)[: -len(f'.{lang}.html')]: f for f in glob.glob(f'{root}/usr/share/doc/debian/{folder}/*.{lang}.html')}
    raise ValueError(kind)


# id, manual, source dir, target dir, target language, pages (name prefixes), profile, seed
SPECS = [
    ('ind_ref_en-de_ch01-02', 'ref', 'en', 'de', 'de', ('ch01', 'ch02'), 'mid', 201),
    ('ind_ref_en-fr_ch03-04', 'ref', 'en', 'fr', 'fr', ('ch03', 'ch04'), 'high', 202),
    ('ind_ref_en-es_ch05', 'ref', 'en', 'es', 'es', ('ch05', 'ch06'), 'mid', 203),
    ('ind_ref_en-zh_ch07-08', 'ref', 'en', 'zh-cn', 'zh', ('ch07', 'ch08', 'ch09'), 'high', 204),
    ('ind_ref_de-fr_ch10-12', 'ref', 'de', 'fr', 'fr', ('ch10', 'ch11', 'ch12'), 'mid', 205),
    ('ind_ig_en-ru_ch02-03', 'ig', 'en', 'ru', 'ru', ('ch02', 'ch03'), 'high', 206),
    ('ind_ig_en-de_ch05-06', 'ig', 'en', 'de', 'de', ('ch05', 'ch06'), 'high', 207),
    ('ind_ig_en-zh_ch04', 'ig', 'en', 'zh_CN', 'zh', ('ch04', 'ch05'), 'mid', 208),
    ('ind_ig_de-fr_ch06-08', 'ig', 'de', 'fr', 'fr', ('ch06', 'ch07', 'ch08', 'apa', 'apb'), 'high', 209),
    ('ind_ig_en-es_ch01', 'ig', 'en', 'es', 'es', ('ch01', 'ch02'), 'high', 210),
    ('ind_mg_en-ru', 'mg', 'en', 'ru', 'ru', ('',), 'mid', 211),
    ('ind_mg_en-fr', 'mg', 'en', 'fr', 'fr', ('',), 'high', 212),
    ('ind_faq_en-ru', 'faq', 'en', 'ru', 'ru', ('',), 'high', 213),
]


def build(root, out, spec):
    pair_id, kind, source_dir, target_dir, target_lang, prefixes, profile, seed = spec
    source_lang = source_dir.split('-')[0]
    sources, targets = page_paths(root, kind, source_dir), page_paths(root, kind, target_dir)
    base, used, skipped = [], [], []
    for page in sorted(sources):
        if not page.startswith(prefixes) or page not in targets:
            continue
        s, t = me.html_blocks(sources[page]), me.html_blocks(targets[page])
        if len(s) != len(t):
            skipped.append(page)
            continue
        used.append(page)
        for a, b in zip(s, t):
            if a == b and len(a) > 25:  # untranslated, as make_eval.py drops them
                continue
            base.append(([a], [me.split_sentences(b, target_lang)]))
    src, tgt, gold, ops = me.perturb(base, profile, me.rng_for(seed, pair_id), target_lang)
    doc = {'id': pair_id, 'source_lang': source_lang, 'target_lang': target_lang,
           'origin': f'Debian documentation ({kind}), pages {", ".join(used)}; skipped (block counts differ): {", ".join(skipped) or "none"}',
           'construction': f'blocks 1-1; profile={profile} seed={seed}; applied: ' + ', '.join(f'{k}={v}' for k, v in sorted(ops.items())),
           'source': src, 'target': tgt, 'gold': gold}
    me.write_doc(doc, os.path.join(out, 'set', f'{pair_id}.json'))
    print(me.describe(doc))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--out', required=True, help='work folder: packages/, root/ and set/ are made inside')
    args = parser.parse_args()
    packages, root = os.path.join(args.out, 'packages'), os.path.join(args.out, 'root')
    os.makedirs(packages, exist_ok=True)
    if not glob.glob(os.path.join(packages, '*.deb')):
        subprocess.run(['apt-get', 'download', *PACKAGES], cwd=packages, check=True)
    for deb in sorted(glob.glob(os.path.join(packages, '*.deb'))):
        subprocess.run(['dpkg-deb', '-x', deb, root], check=True)
    for spec in SPECS:
        build(root, args.out, spec)


if __name__ == '__main__':
    main()
