import { bootstrapApplication } from '@angular/platform-browser';
import { StoryComponent } from './app/story.component';

bootstrapApplication(StoryComponent).catch((error) => console.error(error));
