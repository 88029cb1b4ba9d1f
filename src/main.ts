// The composition root: the one place that picks concrete implementations (storage,
// lesson sources, robot transports) and hands them to the UI.
import { mount } from 'svelte';
import App from './app/App.svelte';
import { Router } from './app/router.svelte';
import { shippedLessons } from './app/shipped-lessons';
import { I18n } from './ui/i18n.svelte';
import type { AppServices } from './ui/context';
import './app/global.css';

const services: AppServices = {
  i18n: new I18n(),
  lessons: shippedLessons(),
};

const router = new Router();
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target, props: { router, services } });
