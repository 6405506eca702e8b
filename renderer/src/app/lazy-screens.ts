import { lazy } from 'react';

/**
 * The screens the window does not start on, each in a chunk of its own loaded when first opened:
 * the library — the window's first screen — then parses and runs only its own code, not the
 * story editor's (Slate), the page desk's or the newsroom's (docs/benchmarks.md, App start).
 */
export const StoryEditorScreen = lazy(() => import('../editor/story-editor-screen').then((m) => ({ default: m.StoryEditorScreen })));
export const PageListView = lazy(() => import('../page-desk/list/page-list-view').then((m) => ({ default: m.PageListView })));
export const PageWorkspaceScreen = lazy(() => import('../page-desk/workspace/page-workspace-screen').then((m) => ({ default: m.PageWorkspaceScreen })));
export const NewsroomSettingsView = lazy(() => import('../newsroom/newsroom-settings-view').then((m) => ({ default: m.NewsroomSettingsView })));
export const TasksView = lazy(() => import('../newsroom/tasks-view').then((m) => ({ default: m.TasksView })));
export const NewsroomConflictPanel = lazy(() => import('../newsroom/newsroom-conflict-panel').then((m) => ({ default: m.NewsroomConflictPanel })));
