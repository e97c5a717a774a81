// The styles of the screens that show one assessment (steps, summary, workshop, presentation, print).
// They load with those screens, not with the home screen, whose stylesheet blocks its first paint.
import './plan.css';
import './workshop.css';
import './present.css';
import './print.css';
