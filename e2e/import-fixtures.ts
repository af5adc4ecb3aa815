// Files the import specs upload, shared so each story says what it checks, not how to build them.

/** An upload for `setInputFiles`. */
export const file = (name: string, content: string | Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) })

/** A TMX as a CAT tool writes it: a DOCTYPE, inline codes, a unit in a third language (two warnings). */
export const CAT_TOOL_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="SomeCAT" creationtoolversion="9" segtype="sentence" o-tmf="cat" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
  <body>
    <tu tuid="1"><tuv xml:lang="en-US"><seg>The contract ends on 1 May.</seg></tuv><tuv xml:lang="de-DE"><seg>Der Vertrag endet am 1. Mai.</seg></tuv></tu>
    <tu tuid="2"><tuv xml:lang="en-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep it.</seg></tuv><tuv xml:lang="de-DE"><seg>Drücken Sie <bpt i="1">&lt;b&gt;</bpt>Speichern<ept i="1">&lt;/b&gt;</ept>, um es zu behalten.</seg></tuv><tuv xml:lang="fr-FR"><seg>Appuyez sur Enregistrer.</seg></tuv></tu>
  </body>
</tmx>
`
