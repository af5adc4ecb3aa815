import { describe, expect, test } from 'vitest'
import { exportQuerySchema } from './export-query'
import { exportQuery } from './export-url'

const parse = (query: string) => exportQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(query)))

describe('export options in the URL', () => {
  test('defaults: all beads, comments and annotations, no BOM, one-sided kept only where the format can hold them', () => {
    expect(parse('format=tmx').data).toEqual({ format: 'tmx', beads: 'all', oneSided: 'skip', includeComments: true, includeAnnotations: true, bom: false })
    expect(parse('format=csv').data).toMatchObject({ oneSided: 'keep' })
  })

  test('every option, and back', () => {
    const options = { format: 'xliff21', beads: 'approved', oneSided: 'keep', includeComments: false, includeAnnotations: true, bom: true } as const
    expect(parse(exportQuery(options)).data).toEqual(options)
    expect(parse('format=tsv&comments=0&annotations=1&bom=1').data).toMatchObject({ includeComments: false, includeAnnotations: true, bom: true })
  })

  test.each([
    ['no format', ''],
    ['an unknown format', 'format=docx'],
    ['an unknown filter', 'format=tmx&beads=mine'],
    ['an unknown one-sided policy', 'format=tmx&oneSided=merge'],
    ['a flag that is not a boolean', 'format=tmx&bom=yes'],
  ])('refuses %s', (_name, query) => {
    expect(parse(query).success).toBe(false)
  })
})
