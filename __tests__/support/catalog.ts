// What the entry points do before anything looks the catalog up: connect the shipped file.
import { connectCatalog } from '../../src/catalog/catalogData.js'
import { iamCatalogFile } from '../../src/source/iamCatalogFile.js'

connectCatalog(iamCatalogFile())
