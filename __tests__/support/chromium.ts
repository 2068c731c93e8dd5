// Headless Chromium from npm alone (CI has no system packages and no network but the registry):
// @sparticuz/chromium ships a compressed build that it unpacks on first use, and playwright-core
// drives it. A fresh profile, and no background traffic.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import chromium from '@sparticuz/chromium'
import { chromium as playwright, type BrowserContext, type Page } from 'playwright-core'

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars'
]

export interface Browser {
  page: Page
  close(): Promise<void>
}

export async function openBrowser(width = 920, height = 1200): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-chromium-'))
  let context: BrowserContext
  try {
    context = await playwright.launchPersistentContext(profile, {
      executablePath: await chromium.executablePath(),
      headless: true,
      args: FLAGS,
      viewport: { width, height },
      // The page is a string we set: nothing may be fetched.
      offline: true
    })
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true })
    throw error
  }
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    page,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    }
  }
}
