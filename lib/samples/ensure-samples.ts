import fs from 'node:fs'
import path from 'node:path'
import { align } from '../alignment'
import { createAlignmentSchema, insertAlignment } from '../alignments/create-alignment'
import { db } from '../db'
import type { Role } from '../generated/prisma/enums'
import { insertProject } from '../projects/create-project'
import { splitParagraphs } from '../text/split-paragraphs'

const SAMPLES_DIR = path.join(process.cwd(), 'prisma', 'samples')

type Sample = {
  key: string
  projectName: string
  description: string
  title: string
  source: { text: string; language: string; title: string; fileName?: string; attribution?: string; licence?: string }
  target: { text: string; language: string; title: string; fileName?: string; attribution?: string; licence?: string }
}

function readSamples(): Sample[] {
  const read = (file: string) => fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8')
  const handbook = JSON.parse(read('debian-handbook-ch7.json')) as {
    title: string
    source_lang: string
    target_lang: string
    attribution: string
    licence: string
    source: string[]
    target: string[]
  }
  return [
    {
      key: 'ceasefire-article',
      projectName: 'Sample: opinion article (en → de)',
      description:
        'A German translation as received from a website, with its English original. The German adds a credit line and comment-form boilerplate; one English paragraph became two German ones.',
      title: 'Ceasefire enforcement plan: English original and German translation',
      source: { text: read('ceasefire-article.en.txt'), language: 'en', title: 'How likely is Russia to accept a three-stage plan…', fileName: 'ceasefire-article.en.txt' },
      target: { text: read('ceasefire-article.de.txt'), language: 'de', title: 'Wie hoch ist die Wahrscheinlichkeit…', fileName: 'ceasefire-article.de.txt' },
    },
    {
      key: 'debian-handbook-ch7',
      projectName: 'Sample: Debian Administrator’s Handbook (en → de)',
      description: `${handbook.attribution} Licence: ${handbook.licence}.`,
      title: handbook.title,
      source: {
        text: handbook.source.join('\n\n'),
        language: handbook.source_lang,
        title: 'Solving Problems and Finding Relevant Information',
        attribution: handbook.attribution,
        licence: handbook.licence,
      },
      target: {
        text: handbook.target.join('\n\n'),
        language: handbook.target_lang,
        title: 'Probleme lösen und relevante Informationen finden',
        attribution: handbook.attribution,
        licence: handbook.licence,
      },
    },
  ]
}

/**
 * Creates the sample projects once (keyed by Project.sampleKey), owned by `ownerId`, with
 * `members` added in their roles. Running it again changes nothing.
 */
export async function ensureSamples({ ownerId, members = [] }: { ownerId: string; members?: { userId: string; role: Role }[] }) {
  const created: string[] = []
  for (const sample of readSamples()) {
    const exists = await db.project.findUnique({ where: { sampleKey: sample.key }, select: { id: true } })
    if (exists) continue
    const source = splitParagraphs(sample.source.text)
    const target = splitParagraphs(sample.target.text)
    const beads = align(source, target, { sourceLang: sample.source.language, targetLang: sample.target.language })
    await db.$transaction(
      async (tx) => {
        const project = await insertProject(tx, { userId: ownerId, name: sample.projectName, description: sample.description, sampleKey: sample.key })
        if (members.length) {
          await tx.membership.createMany({ data: members.filter((m) => m.userId !== ownerId).map((m) => ({ ...m, projectId: project.id })) })
        }
        const data = createAlignmentSchema.parse({
          projectId: project.id,
          title: sample.title,
          source: { ...sample.source, format: sample.source.fileName ? 'TXT' : 'JSON' },
          target: { ...sample.target, format: sample.target.fileName ? 'TXT' : 'JSON' },
        })
        await insertAlignment(tx, { userId: ownerId, projectId: project.id, data, source, target, beads, kind: 'alignment.created' })
      },
      { timeout: 120_000 },
    )
    created.push(sample.key)
  }
  return created
}
