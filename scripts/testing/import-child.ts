// Test helper (prisma/kill-during-import.int.test.ts): imports a large alignment and prints
// each progress step as a JSON line, so the parent can SIGKILL it mid-transaction.
import { createAlignment } from '../../lib/alignments/create-alignment'
import { closeDb } from '../../lib/db'

const [userId, projectId, title, paragraphs] = process.argv.slice(2)
const count = Number(paragraphs)
const source = Array.from({ length: count }, (_, i) => `Paragraph ${i + 1} of the original, with the number ${i * 7}.`).join('\n\n')
const target = Array.from({ length: count }, (_, i) => `Absatz ${i + 1} der Übersetzung, mit der Zahl ${i * 7}.`).join('\n\n')

createAlignment(
  { userId: userId!, projectId: Number(projectId), title: title!, source: { text: source, language: 'en' }, target: { text: target, language: 'de' } },
  (progress) => console.log(JSON.stringify(progress)),
)
  .then(async (created) => {
    console.log(JSON.stringify({ done: created.id }))
    await closeDb()
  })
  .catch(async (error) => {
    console.error(error)
    await closeDb()
    process.exit(1)
  })
